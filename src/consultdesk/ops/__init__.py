"""Every mutation starts here: one QUndoCommand per verb, one transaction per command, one bus notice."""
