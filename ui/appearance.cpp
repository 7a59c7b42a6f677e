#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Shortlist {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1e, 0x21, 0x24), text(0xe6, 0xe8, 0xea);
    const QColor button(0x33, 0x38, 0x3d), highlight(0x3d, 0x8e, 0xe6), disabled(0x7f, 0x86, 0x8d);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xf0));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x57));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x43, 0x49));
    p.setColor(QPalette::Mid, QColor(0x50, 0x57, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x10));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x57));
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xb8));
    return p;
}

struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original desktop {QApplication::style()->name(), QApplication::palette()};
    return desktop;
}

} // namespace

void applyColorScheme(ColorScheme scheme)
{
    const Original &desktop = original(); // remembered before the first change
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setStyle(desktop.style);
        QApplication::setPalette(desktop.palette);
        break;
    case ColorScheme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette paletteFor(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return lightPalette();
    case ColorScheme::Dark:
        return darkPalette();
    case ColorScheme::System:
        break;
    }
    return QApplication::palette();
}

QString colorSchemeKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme colorSchemeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ColorScheme::Light;
    if (key == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

} // namespace Shortlist
