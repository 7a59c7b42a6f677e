#pragma once

#include "profile/profile.h"
#include "source/sourcerange.h"

#include <QTextBrowser>

#include <optional>

class QMenu;

namespace Shortlist {

// Shows one profile rendered for reading, and where each part of it came from.
//
// Nothing is fetched: a photo's URL is never loaded (a neutral avatar stands in for it),
// and links open in the system browser only when they are clicked.
class ProfileView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ProfileView(QWidget *parent = nullptr);

    // `path` is the profile file's full path, handed back by showInFileRequested().
    // `origin` says where it was read from ("Imported from cv.pdf"), as a link that asks for
    // the original (originRequested()).
    void showProfile(const Profile &profile, const QString &path, const QString &origin = {});
    void clearProfile();
    QString path() const { return m_path; }

    // Where in the file the part of the page under `viewportPos` came from; invalid over
    // empty space, over parts that stand for nothing in the file, and when no profile is shown.
    SourceRange sourceRangeAt(const QPoint &viewportPos) const;
    // Selects the blocks that came from inside `range` (a position, a study) and scrolls
    // them into view; false when none did.
    bool revealRange(const SourceRange &range);
    // The context menu for `viewportPos`: the standard actions, and "Show in File" over a
    // part that has a source range. The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewportPos);

    // Serves only the placeholder avatar; never anything from the network or the disk.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void showInFileRequested(const QString &path, Shortlist::SourceRange range);
    void originRequested(const QString &path);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void forgetProfile();

    std::optional<Profile> m_profile;
    QString m_path;
    QString m_origin;
    QList<SourceRange> m_ranges;
    bool m_rendering = false;
};

} // namespace Shortlist
