"""Drawing shared by a view and a document (the fishbone picture): Qt graphics, no widgets of the tabs.

It sits below ui/ so export/ can draw the same picture the editor shows without importing the UI.
"""
