// An independent .xlsx reader for tests: unzip, parse the XML parts, no libxlsxwriter involved.
import ZIPFoundation
