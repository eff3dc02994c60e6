"""One module per group of commands; each function takes the parsed arguments."""
