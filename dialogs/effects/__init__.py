"""What a turn sets in motion beyond its replies: who hears of it, when, and by what way."""
