/* The submission page's map: the photos' points (from the table's data-lat/data-lon),
   on tiles when a tile server answers; without tiles the points still show. */
(function () {
  "use strict";
  var el = document.getElementById("mapa");
  if (!el || typeof L === "undefined") { return; }
  var rows = document.querySelectorAll("tr[data-lat]");
  var map = L.map(el, { scrollWheelZoom: false });
  var tiles = el.getAttribute("data-tiles");
  if (tiles) {
    var osm = tiles.indexOf("openstreetmap.org") !== -1;
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: osm ? "© OpenStreetMap contributors" : "",
      /* the console sends no Referer elsewhere; tile servers (OSM's policy) want the origin */
      referrerPolicy: "strict-origin-when-cross-origin"
    }).addTo(map);
  }
  var bounds = [];
  rows.forEach(function (row) {
    var lat = parseFloat(row.getAttribute("data-lat"));
    var lon = parseFloat(row.getAttribute("data-lon"));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var marker = L.circleMarker([lat, lon], { radius: 7, weight: 2 }).addTo(map);
    var label = document.createElement("span");  /* a laptop's text: never HTML */
    label.textContent = row.getAttribute("data-label") || "";
    marker.bindTooltip(label);
    bounds.push([lat, lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, { maxZoom: 17, padding: [20, 20] }); }
})();
