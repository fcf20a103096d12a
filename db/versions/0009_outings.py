"""outing approvals: requests, participants, papers

Revision ID: 0009_outings
Revises: 0008_afterweek
Create Date: 2026-11-30

New tables only: nothing existing is recreated, so the FK-off rule of store/migrate.py has nothing to protect
here, but it holds as for every revision (migrations run on a connection with foreign keys OFF). A college with
requests cannot be deleted (RESTRICT); a purged activity leaves its requests without a related activity (SET NULL).
"""

import sqlalchemy as sa
from alembic import op

revision = '0009_outings'
down_revision = '0008_afterweek'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outing_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('row_uid', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('college_id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('destination', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('departure', sa.DateTime(), nullable=True),
    sa.Column('return_at', sa.DateTime(), nullable=True),
    sa.Column('teacher_count', sa.Integer(), nullable=True),
    sa.Column('student_count', sa.Integer(), nullable=True),
    sa.Column('lead_teacher', sa.String(length=50), nullable=False),
    sa.Column('lead_phone', sa.String(length=50), nullable=False),
    sa.Column('transport', sa.String(length=10), nullable=True),
    sa.Column('vehicle_plate', sa.String(length=20), nullable=False),
    sa.Column('vehicle_company', sa.String(length=200), nullable=False),
    sa.Column('driver', sa.String(length=50), nullable=False),
    sa.Column('insured', sa.Boolean(), nullable=False),
    sa.Column('insurer', sa.String(length=100), nullable=False),
    sa.Column('policy_number', sa.String(length=100), nullable=False),
    sa.Column('safety_plan', sa.Text(), nullable=False),
    sa.Column('emergency_contact', sa.String(length=50), nullable=False),
    sa.Column('emergency_phone', sa.String(length=50), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('late_reason', sa.Text(), nullable=False),
    sa.Column('source_kind', sa.String(length=10), nullable=False),
    sa.Column('source_file', sa.String(length=500), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_outing_requests_activity_id_activities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['college_id'], ['colleges.id'], name=op.f('fk_outing_requests_college_id_colleges'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_outing_requests_edition_id_editions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outing_requests')),
    sa.UniqueConstraint('number', name=op.f('uq_outing_requests_number')),
    sa.UniqueConstraint('row_uid', name=op.f('uq_outing_requests_row_uid'))
    )
    with op.batch_alter_table('outing_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outing_requests_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outing_requests_college_id'), ['college_id'], unique=False)
        batch_op.create_index('ix_outing_requests_edition_departure', ['edition_id', 'departure'], unique=False)

    op.create_table('outing_papers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outing_id', sa.Integer(), nullable=False),
    sa.Column('paper', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['outing_id'], ['outing_requests.id'], name=op.f('fk_outing_papers_outing_id_outing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outing_papers')),
    sa.UniqueConstraint('outing_id', 'paper', name=op.f('uq_outing_papers_outing_id_paper'))
    )
    with op.batch_alter_table('outing_papers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outing_papers_outing_id'), ['outing_id'], unique=False)

    op.create_table('outing_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outing_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['outing_id'], ['outing_requests.id'], name=op.f('fk_outing_participants_outing_id_outing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outing_participants'))
    )
    with op.batch_alter_table('outing_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outing_participants_outing_id'), ['outing_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outing_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outing_participants_outing_id'))

    op.drop_table('outing_participants')
    with op.batch_alter_table('outing_papers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outing_papers_outing_id'))

    op.drop_table('outing_papers')
    with op.batch_alter_table('outing_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_outing_requests_edition_departure')
        batch_op.drop_index(batch_op.f('ix_outing_requests_college_id'))
        batch_op.drop_index(batch_op.f('ix_outing_requests_activity_id'))

    op.drop_table('outing_requests')
