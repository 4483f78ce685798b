#pragma once

class QRect;
class QWidget;

namespace SmtpDoctor {

// The wizard prepares the page after the one on screen while the user reads, so that turning to it
// fits in one frame (issue 17's benchmark). Both work on a hidden page and leave it hidden; what
// changes the page's contents later (a setText(), a row shown) is laid out again as without them.

// Lays out the page at the place it will take when shown: polishes it, sizes it and every widget in
// it, and activates their layouts, as QWidget::show() would. The wrapped labels' text is measured
// (shaped) now, and showing the page only paints it.
void layOutAhead(QWidget* page, const QRect& geometry);

// Draws the texts of the page's widgets once, off screen, in their fonts: the font engine rasterises
// each glyph the first time it is drawn (many different ones on a Japanese page) and keeps it.
void warmGlyphs(QWidget* page);

// Draws the page's combo boxes and buttons once, off screen, at their size and in their state: the
// style keeps their frames as pixmaps made on the first paint (Fusion does).
void warmControls(QWidget* page);

// Loads the mouse cursors the page's widgets ask for (the I-beam over selectable text): the system
// reads a cursor's images from the cursor theme the first time it is shown, and the page change would
// pay for it when a new page puts such a widget under the mouse.
void warmCursors(QWidget* page);

} // namespace SmtpDoctor
