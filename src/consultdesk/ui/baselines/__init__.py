"""Sign-off & baselines and change-request pages of the Specifications tab (issue 7)."""
