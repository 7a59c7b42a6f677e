#pragma once

#include <QApplication>
#include <QImage>
#include <QStringList>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <cstdlib>

// Every control Tab reaches in `window`, named by its class and accessible name (or object
// name), whose look does not change when it takes the focus: a person moving through the
// window with the keyboard cannot see where they are on it. The window must be shown and
// be shown.
inline QStringList controlsWithoutVisibleFocus(QWidget *window)
{
    // What one pixel must change at least, over its three channels (0..765), to be seen: a
    // frame in the selection's colour drawn on the selection changes it by about 50.
    constexpr int kVisibleChange = 120;
    QStringList unseen;
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && w->window() == window)
            chain.append(w);
    }
    if (chain.isEmpty())
        return unseen;
    // As after a Tab press: styles draw some focus frames only once a key moved the focus.
    window->setAttribute(Qt::WA_KeyboardFocusChange);
    for (QWidget *w : std::as_const(chain)) {
        // The control with its surroundings: some styles draw the focus around it.
        const QRect area = QRect(w->mapTo(window, QPoint(0, 0)), w->size()).adjusted(-3, -3, 3, 3);
        QWidget *elsewhere = chain.at((chain.indexOf(w) + chain.size() / 2) % chain.size());
        elsewhere->setFocus(Qt::TabFocusReason);
        const QImage without = window->grab(area).toImage();
        w->setFocus(Qt::TabFocusReason);
        const QImage with = window->grab(area).toImage();
        int strongest = 0; // the largest change of one pixel, over its three channels
        for (int y = 0; y < with.height() && with.size() == without.size(); ++y) {
            for (int x = 0; x < with.width(); ++x) {
                const QRgb a = with.pixel(x, y), b = without.pixel(x, y);
                strongest = std::max(strongest,
                    std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                        + std::abs(qBlue(a) - qBlue(b)));
            }
        }
        if (strongest < kVisibleChange) {
            const QString name = w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName();
            unseen.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + name);
        }
    }
    return unseen;
}
