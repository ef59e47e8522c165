"""The HQ service's own work while it runs, beside the requests: the daily retention purge,
webhook deliveries, held leads left unopened, "send me my selection" retries, the digest."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from sync.contract.clock import Clock
from sync.hq import digest, outreach, retention, webhooks
from sync.hq.opener import InboxOpener
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from sync.hq.takeaway.dispatcher import Dispatcher

log = logging.getLogger("sync.hq.api")
LEFTOVER_OPEN_S = 30.0  # how often a worker looks for held leads nobody is opening
WEBHOOKS_EVERY_S = 15.0
SENDS_EVERY_S = 10.0


async def _deliver_webhooks(store: Store, clock: Clock) -> None:
    while True:
        try:
            await asyncio.to_thread(webhooks.deliver_due, store.engine, clock.now())
        except Exception:  # a database hiccup must not end the loop; logged, retried
            log.exception("webhook deliveries")
        await asyncio.sleep(WEBHOOKS_EVERY_S)


def schedule_of(settings: HQSettings) -> digest.Schedule | None:
    """The digest's hour, checked when the app is made (a typo fails the start, not at 7:30)."""
    if not settings.digest_at:
        return None
    return digest.Schedule.parse(settings.digest_at, settings.digest_zone)


async def _send_selections(dispatchers: list[Dispatcher]) -> None:
    while True:
        for dispatcher in dispatchers:
            try:
                await asyncio.to_thread(dispatcher.run_due)
            except Exception:  # a database hiccup must not end the loop; logged, retried
                log.exception("send me my selection")
        await asyncio.sleep(SENDS_EVERY_S)


def lifespan_of(
    daily_purge: retention.DailyPurge,
    store: Store,
    clock: Clock,
    opener: InboxOpener,
    dispatchers: list[Dispatcher],
    schedule: digest.Schedule | None = None,
) -> Callable[[FastAPI], Any]:
    """The service's own work while it runs: the daily retention purge, webhook deliveries,
    held leads left by a worker that stopped while opening them, the retries of "send me my
    selection", and the morning digest when a time is set."""

    async def open_leftovers() -> None:
        while True:
            await run_in_threadpool(opener.run)
            await asyncio.sleep(LEFTOVER_OPEN_S)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = [
            asyncio.create_task(daily_purge.run_forever(), name="daily-retention-purge"),
            asyncio.create_task(_deliver_webhooks(store, clock), name="webhook-deliveries"),
            asyncio.create_task(open_leftovers(), name="open-held-leads"),
            asyncio.create_task(_send_selections(dispatchers), name="send-selections"),
        ]
        if schedule is not None:
            morning = digest.DailyDigest(
                store.engine,
                schedule,
                lambda: getattr(app.state, "mailer", None) or outreach.Mailer.from_env(),
                clock,
                app.state.settings.public_url,
            )
            tasks.append(asyncio.create_task(morning.run_forever(), name="morning-digest"))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    return lifespan
