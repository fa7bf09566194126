"""
Layer 5, email: MIME reading, HTML to text with a source map, the email
report and the pre-send decision. Lints through any object with the
linter's interface; imports no engine.
"""
