"""Sign-off & baselines and change-request pages of the Specifications tab."""
