from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.log_list import LogList
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import UNSET, Response, Unset  # videoconf: Unset is needed where an operation has several request bodies


def _get_kwargs(
    *,
    include_deleted: bool | Unset = False,
    created_before: str | Unset = UNSET,
    created_on: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_deleted"] = include_deleted

    params["created_before"] = created_before

    params["created_on"] = created_on

    params["created_after"] = created_after

    params["page_number"] = page_number

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/video/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LogList | SignalWireError | SignalWireValidationError | None:
    if response.status_code == 200:
        response_200 = LogList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SignalWireError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SignalWireError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SignalWireError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = SignalWireValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SignalWireError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SignalWireError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LogList | SignalWireError | SignalWireValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_deleted: bool | Unset = False,
    created_before: str | Unset = UNSET,
    created_on: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[LogList | SignalWireError | SignalWireValidationError]:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (str | Unset):
        created_on (str | Unset):
        created_after (str | Unset):
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogList | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        include_deleted=include_deleted,
        created_before=created_before,
        created_on=created_on,
        created_after=created_after,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include_deleted: bool | Unset = False,
    created_before: str | Unset = UNSET,
    created_on: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> LogList | SignalWireError | SignalWireValidationError | None:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (str | Unset):
        created_on (str | Unset):
        created_after (str | Unset):
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogList | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        client=client,
        include_deleted=include_deleted,
        created_before=created_before,
        created_on=created_on,
        created_after=created_after,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_deleted: bool | Unset = False,
    created_before: str | Unset = UNSET,
    created_on: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[LogList | SignalWireError | SignalWireValidationError]:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (str | Unset):
        created_on (str | Unset):
        created_after (str | Unset):
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogList | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        include_deleted=include_deleted,
        created_before=created_before,
        created_on=created_on,
        created_after=created_after,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_deleted: bool | Unset = False,
    created_before: str | Unset = UNSET,
    created_on: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> LogList | SignalWireError | SignalWireValidationError | None:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (str | Unset):
        created_on (str | Unset):
        created_after (str | Unset):
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogList | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            include_deleted=include_deleted,
            created_before=created_before,
            created_on=created_on,
            created_after=created_after,
            page_number=page_number,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
