# Installers: install rules and CPack settings. One configuration builds, without editing,
#   Debian/Ubuntu: a .deb        (cpack -G DEB; built and tested here by tests/packaging/test-deb.sh)
#   Windows:       an NSIS .exe  (cpack -G NSIS; Qt's DLLs and plugins copied in by windeployqt)
#   macOS:         a .dmg        (cpack -G DragNDrop; the .app made self-contained by macdeployqt)
# packaging/README.md has the exact commands. Included at the end of the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(smtpdoctor_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(smtpdoctor_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons")
set(smtpdoctor_icon_sizes 16 24 32 48 64 128 256)
set(smtpdoctor_icon_pngs)
foreach(size IN LISTS smtpdoctor_icon_sizes)
    list(APPEND smtpdoctor_icon_pngs "${smtpdoctor_icon_dir}/smtpdoctor-${size}.png")
endforeach()
set(smtpdoctor_preset_example "${smtpdoctor_packaging_dir}/preset.example.ini")

# The licence text, once the project has one: Debian's copyright file, the Windows installer's
# licence page.
set(smtpdoctor_license_file)
foreach(name LICENSE LICENSE.txt LICENSE.md COPYING)
    if(EXISTS "${PROJECT_SOURCE_DIR}/${name}")
        set(smtpdoctor_license_file "${PROJECT_SOURCE_DIR}/${name}")
        break()
    endif()
endforeach()

set(SMTPDOCTOR_PACKAGE_CONTACT "SMTP Doctor maintainers <smtpdoctor@example.org>"
    CACHE STRING "Maintainer name and address written into the installers (Debian 'Maintainer')")

# ---- the program --------------------------------------------------------------------------------
if(APPLE)
    install(TARGETS smtpdoctor BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS smtpdoctor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Windows and macOS have no system Qt: windeployqt / macdeployqt copy Qt's libraries and plugins
# (platform, styles, tls; windeployqt also Qt's own translations) next to the program at install
# time, so the installer is self-contained. Linux uses the distribution's Qt through package
# dependencies; Qt 6.4 has no deploy tool there (the function would stop with an error unless given
# NO_UNSUPPORTED_PLATFORM_ERROR), so the script is generated only for Windows and macOS.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET smtpdoctor FILENAME_VARIABLE smtpdoctor_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${smtpdoctor_deploy_script}")
endif()

# The installers' icons are packed from the same PNG renders the wizard embeds (ui/CMakeLists.txt).
if(WIN32 OR APPLE)
    if(WIN32)
        set(smtpdoctor_platform_icon "${CMAKE_CURRENT_BINARY_DIR}/packaging/smtpdoctor.ico")
        set(icon_kind ico)
    else()
        set(smtpdoctor_platform_icon "${CMAKE_CURRENT_BINARY_DIR}/packaging/smtpdoctor.icns")
        set(icon_kind icns)
    endif()
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    add_custom_command(OUTPUT "${smtpdoctor_platform_icon}"
        COMMAND "${Python3_EXECUTABLE}" "${smtpdoctor_packaging_dir}/icons/make_platform_icon.py"
                ${icon_kind} "${smtpdoctor_platform_icon}" ${smtpdoctor_icon_pngs}
        DEPENDS "${smtpdoctor_packaging_dir}/icons/make_platform_icon.py" ${smtpdoctor_icon_pngs}
        COMMENT "Packing the app icon into ${icon_kind} format"
        VERBATIM)
    # The command lives in this directory, the program in app/: a target here runs it first.
    add_custom_target(smtpdoctor_platform_icon ALL DEPENDS "${smtpdoctor_platform_icon}")
    add_dependencies(smtpdoctor smtpdoctor_platform_icon)
endif()

if(WIN32)
    # The .exe's own icon (Explorer, taskbar, Start menu shortcut) and version details.
    set(smtpdoctor_rc "${CMAKE_CURRENT_BINARY_DIR}/packaging/smtpdoctor.rc")
    string(REPLACE "." "," smtpdoctor_version_commas "${PROJECT_VERSION}.0")
    configure_file("${smtpdoctor_packaging_dir}/windows/smtpdoctor.rc.in" "${smtpdoctor_rc}" @ONLY)
    target_sources(smtpdoctor PRIVATE "${smtpdoctor_rc}")
    set_source_files_properties("${smtpdoctor_rc}" TARGET_DIRECTORY smtpdoctor
        PROPERTIES OBJECT_DEPENDS "${smtpdoctor_platform_icon}")

    # QtKeychain is not a Qt module, so windeployqt does not copy its DLL.
    # (Qt6Keychain::Qt6Keychain is an alias, which install() does not take.)
    find_package(Qt6Keychain REQUIRED)
    set(keychain_target Qt6Keychain::Qt6Keychain)
    get_target_property(keychain_aliased ${keychain_target} ALIASED_TARGET)
    if(keychain_aliased)
        set(keychain_target ${keychain_aliased})
    endif()
    get_target_property(keychain_type ${keychain_target} TYPE)
    if(keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()

    # Qt's OpenSSL TLS backend loads OpenSSL 3 at run time; the wording of its errors is what
    # tells an implicit-TLS/STARTTLS mix-up apart. Without these DLLs Qt falls back to Schannel.
    set(SMTPDOCTOR_OPENSSL_RUNTIME_DIR "" CACHE PATH
        "Windows: folder with libssl-3-x64.dll and libcrypto-3-x64.dll to ship next to smtpdoctor.exe")
    if(SMTPDOCTOR_OPENSSL_RUNTIME_DIR)
        file(GLOB openssl_dlls "${SMTPDOCTOR_OPENSSL_RUNTIME_DIR}/libssl-3*.dll"
                               "${SMTPDOCTOR_OPENSSL_RUNTIME_DIR}/libcrypto-3*.dll")
        if(NOT openssl_dlls)
            message(FATAL_ERROR "No libssl-3*.dll / libcrypto-3*.dll in SMTPDOCTOR_OPENSSL_RUNTIME_DIR")
        endif()
        install(FILES ${openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(STATUS "SMTPDOCTOR_OPENSSL_RUNTIME_DIR not set: the installer will use Windows' Schannel for TLS")
    endif()
    if(EXISTS "${smtpdoctor_preset_example}")
        install(FILES "${smtpdoctor_preset_example}" DESTINATION .)
    endif()
elseif(APPLE)
    target_sources(smtpdoctor PRIVATE "${smtpdoctor_platform_icon}")
    set_source_files_properties("${smtpdoctor_platform_icon}" TARGET_DIRECTORY smtpdoctor
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
    set_target_properties(smtpdoctor PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "SMTP Doctor"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.smtpdoctor.smtpdoctor"
        MACOSX_BUNDLE_ICON_FILE smtpdoctor.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
    # macdeployqt, unlike windeployqt, copies no translations: ship Qt's Japanese (standard buttons
    # and dialogs) and point the qt.conf it wrote at it. Runs after the deploy script above.
    set(qt_japanese "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_ja.qm")
    if(EXISTS "${qt_japanese}")
        install(FILES "${qt_japanese}" DESTINATION smtpdoctor.app/Contents/Resources/translations)
        install(CODE [[
            file(APPEND "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/smtpdoctor.app/Contents/Resources/qt.conf"
                 "Translations = Resources/translations\n")
        ]])
    else()
        message(WARNING "${qt_japanese} not found: the .dmg will show Qt's standard buttons in English")
    endif()
    if(EXISTS "${smtpdoctor_preset_example}")
        install(FILES "${smtpdoctor_preset_example}" DESTINATION .)
    endif()
else()
    include("${smtpdoctor_packaging_dir}/linux/LinuxInstall.cmake")
endif()

# ---- CPack -------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME smtpdoctor)
set(CPACK_PACKAGE_VENDOR "SMTP Doctor")
set(CPACK_PACKAGE_CONTACT "${SMTPDOCTOR_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Finds out why a mail program cannot send mail, and explains it")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${smtpdoctor_packaging_dir}/description.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SMTP Doctor")
set(CPACK_PACKAGE_EXECUTABLES smtpdoctor "SMTP Doctor")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian: the distribution's Qt, found by dpkg-shlibdeps from the binary's libraries. The xcb
# platform plugin (qt6-qpa-plugins) is loaded at run time, so it is named here. Qt's own Japanese
# (qtbase_ja.qm: standard buttons and dialogs) and a Japanese font are recommended; SMTP Doctor's
# translations are compiled into the binary.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
if(smtpdoctor_deb_control_extra)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${smtpdoctor_deb_control_extra})
endif()

# Windows (NSIS): per-machine install under Program Files, a Start menu entry, a previous version
# is uninstalled first; `installer.exe /S` installs silently. (No options page: CPack's would also
# offer PATH changes, which a beginner does not need.)
if(WIN32)
    set(CPACK_NSIS_PACKAGE_NAME "SMTP Doctor")
    set(CPACK_NSIS_DISPLAY_NAME "SMTP Doctor ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\smtpdoctor.exe")
    set(CPACK_NSIS_MUI_ICON "${smtpdoctor_platform_icon}")
    set(CPACK_NSIS_MUI_UNIICON "${smtpdoctor_platform_icon}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    if(smtpdoctor_license_file)
        set(CPACK_RESOURCE_FILE_LICENSE "${smtpdoctor_license_file}")
    else()
        set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
    endif()
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN smtpdoctor.exe)
    if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    endif()
endif()

# macOS (DragNDrop): a .dmg with the .app and a link to /Applications to drag it onto.
if(APPLE)
    set(CPACK_DMG_VOLUME_NAME "SMTP Doctor ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON "${smtpdoctor_platform_icon}")
endif()

include(CPack)
