#pragma once

namespace Shortlist {

// Gives the application the names the desktop knows Shortlist by (organisation "Shortlist",
// program "shortlist", and its version). Qt makes its folders from the first two: the
// settings ~/.config/Shortlist/shortlist.conf, the user's skill aliases in
// ~/.config/Shortlist/shortlist/, recovery copies in ~/.local/share/Shortlist/shortlist/.
void setApplicationIdentity();

} // namespace Shortlist
