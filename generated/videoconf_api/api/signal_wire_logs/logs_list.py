import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.log_list import LogList
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
    format_datetime,
)


def _get_kwargs(
    *,
    include_deleted: bool | Unset = False,
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    created_on: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_deleted"] = include_deleted

    json_created_before: str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = format_datetime(created_before)
    else:
        json_created_before = format_datetime(created_before)

    params["created_before"] = json_created_before

    json_created_on: str | Unset
    if isinstance(created_on, Unset):
        json_created_on = UNSET
    elif isinstance(created_on, datetime.datetime):
        json_created_on = format_datetime(created_on)
    else:
        json_created_on = format_datetime(created_on)

    params["created_on"] = json_created_on

    json_created_after: str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = format_datetime(created_after)
    else:
        json_created_after = format_datetime(created_after)

    params["created_after"] = json_created_after

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
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    created_on: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[LogList | SignalWireError | SignalWireValidationError]:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (datetime.date | datetime.datetime | Unset):
        created_on (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
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
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    created_on: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> LogList | SignalWireError | SignalWireValidationError | None:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (datetime.date | datetime.datetime | Unset):
        created_on (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
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
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    created_on: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[LogList | SignalWireError | SignalWireValidationError]:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (datetime.date | datetime.datetime | Unset):
        created_on (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
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
    created_before: datetime.date | datetime.datetime | Unset = UNSET,
    created_on: datetime.date | datetime.datetime | Unset = UNSET,
    created_after: datetime.date | datetime.datetime | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> LogList | SignalWireError | SignalWireValidationError | None:
    """List logs

     Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
    token needs the Video scope.

    Args:
        include_deleted (bool | Unset):  Default: False.
        created_before (datetime.date | datetime.datetime | Unset):
        created_on (datetime.date | datetime.datetime | Unset):
        created_after (datetime.date | datetime.datetime | Unset):
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
