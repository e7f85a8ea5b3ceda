-- A booking a person placed against an overridable D5 rule (overtime, outside
-- the recipient's window, inside the travel buffer) keeps what was overridden and why.
ALTER TABLE bookings ADD COLUMN override_reason TEXT;
