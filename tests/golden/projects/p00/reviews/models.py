from django.contrib.auth import get_user_model
from django.db import models


class Note(models.Model):
    content = models.DateField(verbose_name='content')
    summary = models.FileField(verbose_name='summary', upload_to='images/', blank=True)
    is_public = models.DateField()
    user = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='notes_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        db_table = 'reviews_notes'
        unique_together = [['user', 'content']]
        constraints = [
            models.UniqueConstraint(fields=['parent', 'summary'], name='note_parent_summary_uniq'),
        ]
        indexes = [
            models.Index(fields=['is_public', 'content'], name='note_is_public_idx'),
        ]


class Album(models.Model):
    name = models.IntegerField(db_index=True)
    score = models.TextField()
    is_public = models.DecimalField(max_digits=10, decimal_places=0, blank=True)
    points = models.ImageField(upload_to='uploads/%Y/%m/')
    thumbnail = models.DecimalField(max_digits=8, decimal_places=3, db_index=True)

    class Meta:
        ordering = ['-points']
        unique_together = ('name', 'thumbnail')


class Category(models.Model):
    homepage = models.DurationField()
    thumbnail = models.ImageField(upload_to='images/')
    uid = models.TextField()
    note = models.OneToOneField('Note', on_delete=models.CASCADE, related_name='category_note_set')
    parent = models.ForeignKey(Note, on_delete=models.PROTECT, related_name='categorys_1', db_column='parent_key')
