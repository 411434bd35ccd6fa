"""Practice: tailored interview questions, feedback on answers, sessions, stories, progress.

``questions`` builds a question set from a :class:`~sidedoor.practice.target.PracticeTarget`
(an occupation, a posting, an opportunity in the store); ``feedback`` scores answers;
``sessions`` saves practice to the user's store; ``stories`` keeps the STAR story bank;
``progress`` measures areas over time and ``charts`` draws them. Engines never print.
"""
