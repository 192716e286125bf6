// The Swift face of libxlsxwriter. The only module that imports CXlsxWriter.
internal import CXlsxWriter
