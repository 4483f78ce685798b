# Linux desktop integration, included by packaging/Packaging.cmake: menu entry, hicolor icons,
# AppStream metadata, man page and the preset folder /etc/smtpdoctor.
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")

# The distribution's Qt is found through the system library path; the $ORIGIN run path that
# qt_standard_project_setup() adds would point into /usr/lib for nothing (lintian flags it).
set_target_properties(smtpdoctor PROPERTIES INSTALL_RPATH "")
# Full RELRO, as Debian builds its own packages (a read-only GOT once the program has started).
target_link_options(smtpdoctor PRIVATE LINKER:-z,relro LINKER:-z,now)

install(FILES "${linux_dir}/smtpdoctor.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${linux_dir}/org.smtpdoctor.smtpdoctor.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

foreach(size IN LISTS smtpdoctor_icon_sizes)
    install(FILES "${smtpdoctor_icon_dir}/smtpdoctor-${size}.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME smtpdoctor.png)
endforeach()
install(FILES "${smtpdoctor_icon_dir}/smtpdoctor.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Debian wants man pages compressed, without a timestamp in the gzip header (-n: reproducible).
set(man_page_gz "${CMAKE_CURRENT_BINARY_DIR}/packaging/smtpdoctor.1.gz")
add_custom_command(OUTPUT "${man_page_gz}"
    COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" sh "${linux_dir}/smtpdoctor.1" "${man_page_gz}"
    DEPENDS "${linux_dir}/smtpdoctor.1"
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_target(smtpdoctor_man_page ALL DEPENDS "${man_page_gz}")
install(FILES "${man_page_gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian policy wants a changelog in the documentation folder (a one-entry native changelog
# generated here) and the copyright file: the project's licence text once it has one.
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/smtpdoctor)
string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog"
    "smtpdoctor (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
    "  * SMTP Doctor ${PROJECT_VERSION}.\n\n"
    " -- ${SMTPDOCTOR_PACKAGE_CONTACT}  ${changelog_date}\n")
set(changelog_gz "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz")
add_custom_command(OUTPUT "${changelog_gz}"
    COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" sh "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog" "${changelog_gz}"
    DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog"
    COMMENT "Compressing the package changelog"
    VERBATIM)
add_custom_target(smtpdoctor_changelog ALL DEPENDS "${changelog_gz}")
install(FILES "${changelog_gz}" DESTINATION ${doc_dir})
if(smtpdoctor_license_file)
    install(FILES "${smtpdoctor_license_file}" DESTINATION ${doc_dir} RENAME copyright)
endif()

# The program reads /etc/smtpdoctor/preset.ini whatever the install prefix is (see
# core/settings/presetlocation.cpp), so this path is absolute. The commented example is a Debian
# conffile: an administrator's edits survive upgrades; the live preset.ini belongs to the admin.
if(EXISTS "${smtpdoctor_preset_example}")
    install(FILES "${smtpdoctor_preset_example}" DESTINATION /etc/smtpdoctor RENAME preset.ini.example)
    set(conffiles "${CMAKE_CURRENT_BINARY_DIR}/packaging/conffiles")
    file(WRITE "${conffiles}" "/etc/smtpdoctor/preset.ini.example\n")
    set(smtpdoctor_deb_control_extra "${conffiles}")
else()
    install(DIRECTORY DESTINATION /etc/smtpdoctor)
endif()
