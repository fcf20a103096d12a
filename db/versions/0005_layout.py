"""booth layout: plaza, features, booths

Revision ID: 0005_layout
Revises: 0004_shared
Create Date: 2026-11-30

New tables only: nothing existing is recreated, so the FK-off rule of store/migrate.py has nothing to protect
here, but it holds as for every revision (migrations run on a connection with foreign keys OFF).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005_layout'
down_revision = '0004_shared'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('layouts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('depth', sa.Float(), nullable=False),
    sa.Column('grid', sa.Float(), nullable=False),
    sa.Column('background', sa.LargeBinary(), nullable=True),
    sa.Column('background_name', sa.String(length=200), nullable=False),
    sa.Column('background_scale', sa.Float(), nullable=False),
    sa.Column('background_x', sa.Float(), nullable=False),
    sa.Column('background_y', sa.Float(), nullable=False),
    sa.Column('background_opacity', sa.Float(), nullable=False),
    sa.Column('north', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['edition_id'], ['editions.id'], name=op.f('fk_layouts_edition_id_editions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_layouts')),
    sa.UniqueConstraint('edition_id', name=op.f('uq_layouts_edition_id'))
    )
    op.create_table('booths',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layout_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('depth', sa.Float(), nullable=False),
    sa.Column('rotation', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('power', sa.Boolean(), nullable=False),
    sa.Column('tables', sa.Integer(), nullable=False),
    sa.Column('chairs', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('college_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['college_id'], ['colleges.id'], name=op.f('fk_booths_college_id_colleges'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['layout_id'], ['layouts.id'], name=op.f('fk_booths_layout_id_layouts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booths')),
    sa.UniqueConstraint('layout_id', 'number', name=op.f('uq_booths_layout_id_number')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('booths', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booths_college_id'), ['college_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booths_layout_id'), ['layout_id'], unique=False)

    op.create_table('layout_features',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layout_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('depth', sa.Float(), nullable=False),
    sa.Column('rotation', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['layout_id'], ['layouts.id'], name=op.f('fk_layout_features_layout_id_layouts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_layout_features'))
    )
    with op.batch_alter_table('layout_features', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_layout_features_layout_id'), ['layout_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('layout_features', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_layout_features_layout_id'))

    op.drop_table('layout_features')
    with op.batch_alter_table('booths', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booths_layout_id'))
        batch_op.drop_index(batch_op.f('ix_booths_college_id'))

    op.drop_table('booths')
    op.drop_table('layouts')
