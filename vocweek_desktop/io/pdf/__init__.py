"""The one place where the program makes PDFs (org table, 附件3 map, approval slip, week report, score result,
certificates). Qt-free; reportlab is imported by the submodules, so services import them inside functions to keep
it out of the window's start-up.

- ``fonts``: the bundled font registered once, 仿宋/宋体 found on the system when reportlab can embed them;
- ``geometry``: paper sizes, millimetre boxes from the paper's top-left, the printer offset;
- ``text``: CJK line breaking (no line starts with ，。、）」) and shrink-to-fit in a box;
- ``images``: pictures checked before use (not an image, too many pixels → a Chinese message naming the file);
- ``sheet``: fixed-layout pages in millimetres (forms, certificates, 套打, the map) with watermark and background;
- ``document``: flowing documents (text, tables that break across pages with repeated headers, page numbers);
- ``canvas``: what every PDF shares (embedded initial font, PrintScaling None, the watermark);
- ``org_table``: section 一 of the notice, the first user.
"""
