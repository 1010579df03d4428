"""The console's own copy of Leaflet (oic_server/console/static/vendor/leaflet): served by
the server, complete (the marker images its stylesheet names load), the version its
README says."""

from __future__ import annotations

import re

from console_browser import expect

VENDOR = "/static/vendor/leaflet"


def test_the_vendored_files_are_served(console_server, page):
    types = {
        "leaflet.js": "javascript",
        "leaflet.css": "text/css",
        "images/marker-icon.png": "image/png",
        "images/marker-icon-2x.png": "image/png",
        "images/marker-shadow.png": "image/png",
        "images/layers.png": "image/png",
        "images/layers-2x.png": "image/png",
        "LICENSE": "",  # no extension: any type
    }
    for name, kind in types.items():
        response = page.request.get(f"{VENDOR}/{name}")
        assert response.status == 200, name
        assert kind in response.headers["content-type"], name
    stylesheet = page.request.get(f"{VENDOR}/leaflet.css").text()
    named = set(re.findall(r"url\((images/[^)]+)\)", stylesheet))
    assert named and named <= set(types), named - set(types)
    readme = page.request.get(f"{VENDOR}/README.md").text()
    assert "Leaflet 1.9.4" in readme


def test_leaflet_draws_a_map_with_a_marker(new_page):
    # The console's CSP allows no script yet (default-src 'none'): until the submission
    # page brings script-src 'self', this page bypasses it. Nothing else is relaxed: a
    # file that fails to load is still a recorded problem.
    page = new_page(bypass_csp=True)
    page.goto("/ingresar")
    page.add_style_tag(url=f"{VENDOR}/leaflet.css")
    page.add_script_tag(url=f"{VENDOR}/leaflet.js")
    assert page.evaluate("L.version") == "1.9.4"

    page.evaluate(
        """() => {
        const box = document.createElement('div');
        box.id = 'mapa';
        box.style.height = '300px';
        document.body.append(box);
        const map = L.map(box).setView([28.6353, -106.0889], 13);  // Chihuahua
        L.marker([28.6353, -106.0889]).addTo(map);
    }"""
    )

    marker = page.locator("#mapa img.leaflet-marker-icon")
    expect(marker).to_be_visible()
    expect(marker).to_have_attribute(
        "src", re.compile(r"/static/vendor/leaflet/images/marker-icon")
    )
    # loaded, not only laid out: the image its stylesheet names is really there
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=marker.element_handle()
    )
    shadow = page.locator("#mapa img.leaflet-marker-shadow")
    expect(shadow).to_have_attribute("src", re.compile(r"marker-shadow\.png$"))
