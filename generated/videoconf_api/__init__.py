"""A client library for accessing videoconf video-meeting APIs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
