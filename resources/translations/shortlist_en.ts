<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Shortlist::ComparisonWindow</name>
    <message numerus="yes">
        <location filename="../../ui/compare/comparisonwindow.cpp" line="+195"/>
        <source>Comparison of %n candidates</source>
        <translation>
            <numerusform>Comparison of %n candidate</numerusform>
            <numerusform>Comparison of %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::Experience</name>
    <message numerus="yes">
        <location filename="../../core/timeline/experience.cpp" line="+92"/>
        <source>%n yrs</source>
        <comment>years, abbreviated</comment>
        <translation>
            <numerusform>%n yr</numerusform>
            <numerusform>%n yrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mos</source>
        <comment>months, abbreviated</comment>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/pdf/exportdialog.cpp" line="+35"/>
        <source>Export PDF Summaries</source>
        <translation>
            <numerusform>Export PDF Summary</numerusform>
            <numerusform>Export PDF Summaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/library/filterbar.cpp" line="+124"/>
        <source>%Ln candidates</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %Ln undated hidden</source>
        <translation>
            <numerusform> · %Ln undated hidden</numerusform>
            <numerusform> · %Ln undated hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::LibraryModel</name>
    <message numerus="yes">
        <location filename="../../core/library/librarymodel.cpp" line="+236"/>
        <source>%n positions without dates are not counted.</source>
        <translation>
            <numerusform>%n position without dates is not counted.</numerusform>
            <numerusform>%n positions without dates are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+534"/>
        <source>%n requirements, %1 must-have</source>
        <translation>
            <numerusform>%n requirement, %1 must-have</numerusform>
            <numerusform>%n requirements, %1 must-have</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requirements</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+343"/>
        <source>%Ln profiles read</source>
        <translation>
            <numerusform>%Ln profile read</numerusform>
            <numerusform>%Ln profiles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::OriginalView</name>
    <message numerus="yes">
        <location filename="../../ui/originalview.cpp" line="+45"/>
        <source>Original: %1, %n page(s)</source>
        <translation>
            <numerusform>Original: %1, %n page</numerusform>
            <numerusform>Original: %1, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::SummaryPdf</name>
    <message numerus="yes">
        <location filename="../../core/pdf/summarypdf.cpp" line="+284"/>
        <source>%n employers</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1 (%n yrs)</source>
        <comment>a skill and its years</comment>
        <translation>
            <numerusform>%1 (%n yr)</numerusform>
            <numerusform>%1 (%n yrs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>+ %n more highlights</source>
        <translation>
            <numerusform>+ %n more highlight</numerusform>
            <numerusform>+ %n more highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>…and %n more positions: %1</source>
        <translation>
            <numerusform>…and %n more position: %1</numerusform>
            <numerusform>…and %n more positions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n more in common with some</source>
        <translation>
            <numerusform>%n more in common with some</numerusform>
            <numerusform>%n more in common with some</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist::TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../core/timeline/timelinepainter.cpp" line="+276"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+235"/>
        <source>…and %n more</source>
        <comment>undated positions left out</comment>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
