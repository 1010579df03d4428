def main() -> int:  # replaced by the server implementation
    raise SystemExit("oic-server: not built yet")
