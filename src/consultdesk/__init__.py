"""ConsultDesk: an offline workbench for independent consultants."""

__version__ = "0.1.0"
APP_NAME = "ConsultDesk"
