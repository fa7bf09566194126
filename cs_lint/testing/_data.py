"""
Word material for the generated replies: written for cs_lint, never taken
from a corpus. Slots in braces are filled at draw time.
"""

from __future__ import annotations


#: First names, some with letters outside ASCII (offsets must survive them).
NAMES = (
    "Sam",
    "Priya",
    "Alex",
    "Maria",
    "Jun",
    "Fatima",
    "Olu",
    "Chris",
    "Zoë",
    "José",
    "Łukasz",
    "Søren",
    "Ngozi",
    "Nguyễn",
    "Aoife",
    "Mei",
)
AGENTS = ("Jordan", "Robin", "Kai", "Noor", "Tomás", "Elif", "Dana", "Ines")
TEAMS = ("Acme Support", "the Billing team", "Customer Care", "Help Desk")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ITEMS = (
    "order",
    "parcel",
    "replacement kettle",
    "new card",
    "return label",
    "invoice",
    "subscription",
    "account",
)
EMAILS = ("sam@example.com", "priya.k@example.org", "alex+orders@example.net")

#: How each shape opens; {name} is the customer's name.
GREETINGS = {
    "email": ("Hi {name},", "Hello {name},", "Dear {name},", "Good morning {name},"),
    "chat": ("Hi {name}!", "Hello {name},", "Hi there,", "Thanks for waiting, {name}."),
    "social": ("@{handle}", "Hi @{handle},", "@{handle} hi {name},"),
}
#: How each shape closes; {agent} is the agent's name.
SIGN_OFFS = {
    "email": (
        "Best,\n{agent}",
        "Kind regards,\n{agent}",
        "Thanks,\n{agent}",
        "Best wishes,\n{agent}\n{team}",
    ),
    "chat": ("Thanks, {agent}", "Take care!", ""),
    "social": ("^{initial}", "- {agent}", ""),
}

#: Body sentences that no built-in rule flags: facts, actions the agent
#: took, concrete next steps with an owner and a time.
CLEAN_SENTENCES = (
    "Thanks for getting in touch about your {item}.",
    "Thanks for sending the photos of the {item}.",
    "I've checked your {item} and found the problem.",
    "I've refunded the delivery fee to your card.",
    "I've updated the address on order {number}.",
    "I've sent a new password link to {email}.",
    "I've added a note to order {number} so the courier calls first.",
    "Your {item} left our warehouse on {day}.",
    "Your refund of £{amount} was issued on {day}.",
    "The tracking number is {number}.",
    "Order {number} is now marked as a priority.",
    "I'll email you the tracking link by 5pm on {day}.",
    "I'll check the {item} again on {day} and write back by noon.",
    "I'm sorry the {item} arrived late.",
    "I'm sorry about the wait for your {item}.",
    "You'll see the credit on your statement within 5 working days.",
    "You can change the delivery day in your account under Orders.",
    "If anything else comes up, just reply to this message.",
    "Your plan renews on {day} at the same price.",
    "The replacement is the same size and colour as the first one.",
    "I've passed your feedback on the app to our product team.",
)
#: Neutral filler for replies that carry injected violations: plain facts
#: that neither offer an alternative nor name a next step, so they cannot
#: change what a rule makes of the sentence next to them.
INERT_SENTENCES = (
    "Your order number is {number}.",
    "Your {item} left our warehouse on {day}.",
    "The tracking number is {number}.",
    "Your plan renews on {day}.",
    "The {item} is listed on your account.",
)
#: Frames for a phrase from a phrase pack, where no example uses it.
PHRASE_FRAMES = (
    "{phrase} the {item} left our warehouse on {day}.",
    "{phrase}.",
)

CUSTOMER_NEUTRAL = (
    "Hi, could you tell me when order {number} will arrive?",
    "Hello, I'd like to change the delivery address for my {item}.",
    "Can I swap the {item} for a different size?",
    "Quick question: is the {item} covered by the warranty?",
    "Hi there, my {item} arrived today. How do I set it up?",
)
CUSTOMER_UPSET = (
    "This is the third time I'm asking about my {item}!!!",
    "I've been waiting two weeks for my refund and still nothing. Ridiculous.",
    "WHY is my {item} still not here?? I paid for express delivery.",
    "Your app charged me twice and nobody answers. I'm going to cancel.",
    "Still no reply about order {number}. This is unacceptable.",
    "I am so frustrated. The {item} arrived broken AGAIN.",
)

#: Signature blocks (after the sign-off).
SIGNATURES = (
    "-- \n{agent} {surname}\n{team}\n+44 20 7946 0{digits}",
    "--\n{agent}\n{team} | support@example.com",
    "{agent} {surname}\nCustomer Care Lead\nAcme Ltd, 1 High Street, Leeds\n\n"
    "This email and any attachments are confidential and intended solely "
    "for the addressee.",
    "Sent from my iPhone",
)
SURNAMES = ("Lee", "Okafor", "Novak", "Haddad", "Silva", "Brennan")
#: Attribution lines over ``>``-quoted text.
ATTRIBUTIONS = (
    "On {day}, 3 Nov 2025 at 09:14, {name} <{email}> wrote:",
    "On Mon, Nov 3, 2025 at 9:14 AM {name} <{email}> wrote:",
    "{name} <{email}> wrote:",
)
#: An Outlook-style header over unmarked quoted text (top-posting only:
#: everything after it is the earlier message).
OUTLOOK_HEADER = (
    "-----Original Message-----\nFrom: {name} <{email}>\nSent: {day}\n"
    "To: support@example.com\nSubject: Re: order {number}"
)

#: Characters that break naive text handling.
ODD_CHARACTERS = (
    "\u200d",  # zero-width joiner
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u202e",  # right-to-left override
    "\u202c",  # pop directional formatting
    "\u200f",  # right-to-left mark
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte-order mark
    "\u0301",  # combining acute
    "\u0338",  # combining long solidus overlay
    "\u20dd",  # combining enclosing circle
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x85",  # next line
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\r",
    "\r\n",
    "\t",
    "\u00a0",  # no-break space
    "\u3000",  # ideographic space
    "İ",  # lowercases to two code points
    "ß",  # uppercases to two
    "ﬁ",  # ligature
    "ŉ",
    "Σ",
    "😡",
    "👍🏽",
    "👩\u200d👩\u200d👧",
    "🇬🇧",
    "\U000e0067",  # tag character
    "\U0010ffff",
    "\ufffd",
    "שלום",
    "مرحبا",
    "你好",
    "Z̤͔ͧ̑̓",
)
#: Units repeated into long runs.
RUN_UNITS = (
    "!",
    "?",
    ".",
    "…",
    "!?",
    "-",
    "_",
    "*",
    "> ",
    '"',
    "'",
    "“",
    "’",
    " ",
    "\n",
    "a",
    "you ",
    "😡",
    "e\u0301",
    "\u200d",
    "You failed to ",
    "I'll try to ",
    "we can't\n",
    "NO ",
)
