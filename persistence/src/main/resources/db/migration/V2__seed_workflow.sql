-- The statuses and priorities every dialect maps its own codes onto. Teams and ticket types start empty.

INSERT INTO statuses (code, name, category, sort_order) VALUES
    ('new', 'New', 'TODO', 10),
    ('incoming', 'Incoming', 'TODO', 15),
    ('open', 'Open', 'TODO', 20),
    ('reopened', 'Reopened', 'TODO', 25),
    ('assigned', 'Assigned', 'IN_PROGRESS', 30),
    ('in_progress', 'In Progress', 'IN_PROGRESS', 40),
    ('on_hold', 'On Hold', 'IN_PROGRESS', 50),
    ('blocked', 'Blocked', 'IN_PROGRESS', 55),
    ('resolved', 'Resolved', 'DONE', 60),
    ('closed', 'Closed', 'DONE', 70),
    ('duplicate', 'Duplicate', 'DONE', 80);

INSERT INTO priorities (code, name, level, color) VALUES
    ('critical', 'Critical', 50, '#d32f2f'),
    ('high', 'High', 40, '#f57c00'),
    ('medium', 'Medium', 30, '#fbc02d'),
    ('low', 'Low', 20, '#388e3c'),
    ('very_low', 'Very Low', 10, '#1976d2');
