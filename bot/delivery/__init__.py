"""The notice delivery engine: a persisted queue sent to Teams within its rate limits.

Teams allows a bot 7 messages a second, 8 in 2 seconds, 60 in 30 seconds and 1800 an hour in one
conversation, and 50 requests a second per app and tenant. Token buckets keep every send, update
and delete under those limits; a 429 is waited out as Teams says, other refusals back off
exponentially with jitter. Each recipient is marked "sender" before the call and "sendt" with the
activity id after it, in the notices file, so a restart resumes where the queue stood and sends
nothing twice.
"""

from bot.delivery.pacing import Pacer, Timing
from bot.delivery.queue import NoticeQueue

__all__ = ["NoticeQueue", "Pacer", "Timing"]
