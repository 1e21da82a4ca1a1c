// What a problem package may contain, checked once before anything in it is read.
//
// A package is often downloaded from a stranger. The format lets it link files inside itself
// (shared test data, a validator's headers) but the judge reads those files with its own rights,
// so a link leaving the package would show the judge's host files to the validator, the
// solution or the report; and a FIFO or a device where a test file is expected would block the
// judge or touch hardware. So every entry of the package is looked at (without following links)
// before loading: links must resolve inside the package, and only regular files, folders and
// such links are allowed. Folders whose names start with a dot (.git) are not entered.
#pragma once

#include <filesystem>

namespace judge::problem {

// Throws ConfigError naming the first entry that breaks the rules and the fix.
void check_package_contents(const std::filesystem::path& dir);

}  // namespace judge::problem
