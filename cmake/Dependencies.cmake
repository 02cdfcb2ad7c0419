# Every dependency comes from a Debian package (see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(CURL REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(tl-expected REQUIRED)
find_package(CLI11 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(Boost 1.74 REQUIRED)
find_package(Threads REQUIRED)
# Documents (XLSX/DOCX/PDF), domains, legacy Outlook formats, HTML and charset detection.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(LIBPSL REQUIRED IMPORTED_TARGET libpsl)
pkg_check_modules(LIBIDN2 REQUIRED IMPORTED_TARGET libidn2)
pkg_check_modules(LIBYTNEF REQUIRED IMPORTED_TARGET libytnef)
pkg_check_modules(LIBPST REQUIRED IMPORTED_TARGET libpst)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
# The agenda's working hours in a named time zone (Howard Hinnant's date, reading tzdata).
find_package(date REQUIRED)
# Price tables: legacy .xls (FreeXL) and scanned pages and images (Tesseract, leptonica).
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
# The web page: password hashing (Argon2id) and random session ids.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

# mimetic ships neither a CMake config nor a pkg-config file.
find_path(MIMETIC_INCLUDE_DIR mimetic/mimetic.h REQUIRED)
find_library(MIMETIC_LIBRARY mimetic REQUIRED)
add_library(mimetic::mimetic UNKNOWN IMPORTED)
set_target_properties(mimetic::mimetic PROPERTIES
  IMPORTED_LOCATION "${MIMETIC_LIBRARY}"
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${MIMETIC_INCLUDE_DIR}")
