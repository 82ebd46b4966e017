"""The Qt layer: windows, views and models over the store. The only place widgets live."""
