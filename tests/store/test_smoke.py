from vocweek_desktop.services import colleges


def test_demo_has_colleges(demo_db):
    from vocweek_desktop.services import editions

    edition = editions.list_editions(demo_db)[0]
    assert len(colleges.list_colleges(demo_db, edition.id)) == 10
