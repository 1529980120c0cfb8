"""The Qt desktop app: main window, views, table models and dialogs."""
