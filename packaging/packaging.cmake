# CPack settings
