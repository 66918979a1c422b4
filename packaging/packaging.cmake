# Debian package: the binary, a desktop entry, an icon and the web processes' systemd unit.
install(FILES ${CMAKE_SOURCE_DIR}/packaging/boxoffice.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/systemd/boxoffice-web@.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/boxoffice.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME boxoffice)
set(CPACK_PACKAGE_VENDOR "Box Office")
set(CPACK_PACKAGE_CONTACT "Box Office developers <dev@boxoffice.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Box office for cinemas and theatres: cashier window and seat page")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Drivers are plugins, which shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# The Hindi translation needs a Devanagari font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-lohit-deva")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
include(CPack)
