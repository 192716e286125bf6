// Intermediate: articles → quantities, places, programmes, activity types → facts with quotes.
import NewsCorpus
