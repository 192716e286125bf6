// Marts: facts → one table type per question.
import Extraction
