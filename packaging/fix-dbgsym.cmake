# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPACK_POST_BUILD_SCRIPTS: repairs the -dbgsym.ddeb that CPACK_DEBIAN_DEBUGINFO_PACKAGE makes.
# CMake 3.25 writes its md5sums with absolute build paths (lintian: md5sums-lists-nonexistent-file)
# and gives it no copyright. Rebuild it as dh_strip would: relative md5sums, 0644 .debug files and
# usr/share/doc/<name>-dbgsym a link to the main package's documentation.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "\\.ddeb$")
        continue()
    endif()
    get_filename_component(dir "${package}" DIRECTORY)
    set(root "${dir}/dbgsym-fix")
    file(REMOVE_RECURSE "${root}")
    execute_process(COMMAND dpkg-deb --raw-extract "${package}" "${root}"
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND dpkg-deb --field "${package}" Package Depends
        OUTPUT_VARIABLE fields COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX MATCH "Package: ([^\n]+)" _ "${fields}")
    set(name "${CMAKE_MATCH_1}")
    string(REGEX MATCH "Depends: ([^ \n]+)" _ "${fields}")
    set(main "${CMAKE_MATCH_1}")

    file(GLOB_RECURSE debug_files RELATIVE "${root}" "${root}/usr/*")
    list(SORT debug_files)
    set(md5sums "")
    foreach(file IN LISTS debug_files)
        file(CHMOD "${root}/${file}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        file(MD5 "${root}/${file}" sum)
        string(APPEND md5sums "${sum}  ${file}\n")
    endforeach()
    file(WRITE "${root}/DEBIAN/md5sums" "${md5sums}")
    file(MAKE_DIRECTORY "${root}/usr/share/doc")
    file(CREATE_LINK "${main}" "${root}/usr/share/doc/${name}" SYMBOLIC)

    execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip --build "${root}" "${package}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${root}")
endforeach()
