"""The parts of the 评奖打分 tab: the rubric and judges panes and the score grid's delegate, and its scoring, result
and certificates sections."""
