// Placeholder until the real reports land.
print("placeholder")
