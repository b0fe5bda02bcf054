-- Where a person comes from, as a place of the gazetteer (a county, or only the province when that is
-- all a source says). Linkage compares it along the gazetteer's hierarchy: two people of one name
-- from different provinces are less likely one person; the same county makes it likelier.
ALTER TABLE person ADD COLUMN origin_place_id UUID REFERENCES place (id);
