// What every report shares: options, the overview / sources / data-quality sheets, atomic output.
import Xlsx
