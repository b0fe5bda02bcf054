-- Counting people over records asks which undecided pairs involve a record.
CREATE INDEX link_candidate_first ON link_candidate (first_person);
CREATE INDEX link_candidate_second ON link_candidate (second_person);
