"""``observer init``: the observer's profile."""

from __future__ import annotations

import argparse
from typing import Any

from observer_desktop.cli.common import EXIT_OK, AddCommand, json_flag, print_json
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador


def cmd_init(app: Observador, args: argparse.Namespace) -> int:
    profile = app.profile()
    changes = (args.name, args.code, args.municipality, args.email, args.language, args.institution)
    if all(v is None for v in changes):
        if profile is None:
            raise InputError(
                "No hay perfil de observador. Créelo con: observer init --name 'Nombre' --code OBS-001"
            )
    else:
        if profile is None and (args.name is None or args.code is None):
            raise InputError("Para crear el perfil indique al menos --name y --code.")
        profile = app.save_profile(
            name=args.name if args.name is not None else (profile or {}).get("name", ""),
            observer_code=args.code
            if args.code is not None
            else (profile or {}).get("observer_code", ""),
            municipality=args.municipality or (profile or {}).get("municipality") or "Chihuahua",
            email=args.email if args.email is not None else (profile or {}).get("email"),
            language=args.language or (profile or {}).get("language") or "es",
            institution=args.institution
            if args.institution is not None
            else (profile or {}).get("institution"),
        )
    if args.json:
        print_json({**profile, "data_dir": str(app.data_dir)})
    else:
        print(
            f"Observador: {profile['name']} ({profile['observer_code']}), {profile['municipality']}"
        )
        if profile.get("institution"):
            print(f"Institución: {profile['institution']}")
        print(f"Carpeta de datos: {app.data_dir}")
    return EXIT_OK


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add(sub, "init", cmd_init, "crear o actualizar el perfil del observador")
    sp.add_argument("--name", help="nombre completo")
    sp.add_argument("--code", help="código de observador asignado por el OIC")
    sp.add_argument("--municipality", help="municipio (por omisión Chihuahua)")
    sp.add_argument("--email", help="correo electrónico")
    sp.add_argument("--language", choices=["es", "en"], help="idioma de la interfaz")
    sp.add_argument(
        "--institution",
        help="institución donde estudia o trabaja, para horas académicas (opcional; "
        "--institution '' la quita); se envía al OIC con cada sesión",
    )
    json_flag(sp)
