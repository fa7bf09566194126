"""
Layer 2, the meaning around a reply: the conversation and the customer's
state, commitments, the team's macros and facts, and reply-level readings
(where the body ends, thread parts, offered alternatives, questions and
conditions). Each analysis is memoised on the document it reads.
"""
