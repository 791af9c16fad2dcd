from django.db import models


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    uid = models.SlugField(unique=True)
    is_public = models.PositiveIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)

    class Meta:
        ordering = ['-uid']
        verbose_name = 'comment item'
        unique_together = [['parent', 'is_public']]


class Review(models.Model):
    image = models.URLField(null=True, db_index=True)
    address = models.SlugField()
    rank = models.PositiveBigIntegerField(blank=True)
    is_public = models.TextField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='review_parent_set')
    members = models.ManyToManyField('blog.Article', related_name='review_members')

    class Meta:
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['rank', 'address'], name='review_rank_address_uniq'),
        ]


class Board(models.Model):
    code = models.BooleanField('code', default=True)
    opens = models.EmailField(verbose_name='opens', max_length=254, blank=True)
    level = models.JSONField(blank=True)
    updated_at = models.PositiveSmallIntegerField()
    title = models.ImageField(upload_to='uploads/%Y/%m/')
    length = models.SmallIntegerField('length')
    category_ref = models.ForeignKey('blog.Category', on_delete=models.SET_DEFAULT, null=True, default=None, db_column='category_ref_key')

    class Meta:
        ordering = ['-title']
        db_table = 'boards_boards'
        verbose_name = 'board item'
        constraints = [
            models.UniqueConstraint(fields=['category_ref', 'title'], name='board_category_ref_title_uniq'),
        ]
