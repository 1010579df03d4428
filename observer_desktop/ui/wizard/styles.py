"""The colours of inline messages under a field, in the assistant and in the settings."""

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
